//! What the memory benches share: the resident set of the process, read
//! from `/proc/self/status`, and its peak reset; and a service that takes
//! anyone.

use oapi_axum_runtime::axum::response::Response;
use oapi_axum_runtime::support::{Presented, Service};
use oapi_axum_runtime::{AuthError, Incoming, Operation, Rejection, response};

/// `VmRSS` and `VmHWM` of this process, in bytes.
pub fn memory() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|line| line.strip_prefix(name))
            .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .map_or(0, |kb| kb * 1024)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// Resets `VmHWM` to the current resident set; `false` where the kernel
/// does not allow it.
pub fn reset_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// Takes anyone; refusals as problem+json.
pub struct Anyone;

impl Service for Anyone {
    type Principal = ();
    type Credentials = ();
    fn credentials(_: &Presented<'_>) {}
    async fn authenticate(&self, (): (), _: &Incoming<'_>) -> Result<(), AuthError> {
        Ok(())
    }
    fn reject(&self, rejection: Rejection, _: Option<&'static Operation>) -> Response {
        response::problem_response(&rejection)
    }
}
