#!/usr/bin/env bash
# Build cost of the generated crates (issue 8, part 2; Stripe's for issue 15): `cargo check` and
# `cargo build --release` of each crate in generated/, from a warm
# dependency cache, and the lines it holds per operation.
#
#   benches/build-cost.sh            # 3 runs per crate and command, medians
#   REPS=5 benches/build-cost.sh
#
# It builds in a target directory of its own (target/bench-build-cost), so
# that other builds neither wait on it nor make it wait on their lock. The
# dependencies are built once first (both profiles); then, per run, only
# the crate is removed (`cargo clean -p`) and built again, as after a
# regeneration. Nothing in generated/ is touched.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="$(realpath -m "${CARGO_TARGET_DIR:-target/bench-build-cost}")" CARGO_TERM_COLOR=never
reps="${REPS:-3}"
apis=(langsmith logto trieve zenml)

package() { sed -n 's/^name = "\(.*\)"/\1/p' "generated/$1/Cargo.toml" | head -n1; }
now() { date +%s.%N; }
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

packages=()
for api in "${apis[@]}"; do packages+=(-p "$(package "$api")"); done
echo "warming the dependency cache in $CARGO_TARGET_DIR ..." >&2
cargo check --locked --quiet "${packages[@]}"
cargo build --release --locked --quiet "${packages[@]}"

# One build of one crate, timed: "check" or "release".
timed() {
    local pkg=$1 kind=$2 start
    if [ "$kind" = check ]; then
        cargo clean --quiet -p "$pkg"
        start=$(now)
        cargo check --locked --quiet -p "$pkg"
    else
        cargo clean --quiet --release -p "$pkg"
        start=$(now)
        cargo build --release --locked --quiet -p "$pkg"
    fi
    awk -v end="$(now)" -v start="$start" 'BEGIN { printf "%.2f\n", end - start }'
}

echo
echo "| Crate | Ops | models.rs | validation.rs | server.rs | All .rs | Lines / op | \`cargo check\` (s) | \`cargo build --release\` (s) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for api in "${apis[@]}"; do
    pkg=$(package "$api")
    # Operations: the rows of the table in the crate's README.
    ops=$(grep -cE '^\| (GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE) \|' "generated/$api/README.md")
    lines() { wc -l < "generated/$api/src/$1"; }
    all=$(cat generated/"$api"/src/*.rs | wc -l)
    checks=() releases=()
    for _ in $(seq "$reps"); do
        checks+=("$(timed "$pkg" check)")
        releases+=("$(timed "$pkg" release)")
    done
    check=$(printf '%s\n' "${checks[@]}" | median)
    release=$(printf '%s\n' "${releases[@]}" | median)
    echo "runs of $pkg: check ${checks[*]}; release ${releases[*]}" >&2
    printf '| %s | %d | %d | %d | %d | %d | %d | %.1f | %.1f |\n' "$pkg" "$ops" "$(lines models.rs)" \
        "$(lines validation.rs)" "$(lines server.rs)" "$all" "$((all / ops))" "$check" "$release"
done

# Stripe's crate (issue 15): `cargo check` only, from a warm dependency
# cache. It is generated as a standalone crate (its own workspace, this
# checkout's lock file, the runtime by path) under target/bench-work/.
stripe_spec=../shared/corpus/stripe-spec3-2023-09.yaml
if [ -f "$stripe_spec" ] && [ "${STRIPE:-1}" = 1 ]; then
    dir=target/bench-work/stripe-crate
    rm -rf "$dir"
    cargo run --release --locked --quiet -p oapi-axum -- generate "$stripe_spec" --out "$dir" \
        --crate-name stripe-bench --runtime-path "$PWD/runtime" >/dev/null
    cp Cargo.lock "$dir/Cargo.lock"
    ops=$(grep -c 'pub static OPERATION:' "$dir/src/server.rs")
    all=$(cat "$dir"/src/*.rs | wc -l)
    echo "warming the dependency cache for Stripe's crate ..." >&2
    (cd "$dir" && cargo check --quiet)
    checks=()
    for _ in $(seq "$reps"); do
        (cd "$dir" && cargo clean --quiet -p stripe-bench)
        start=$(now)
        (cd "$dir" && cargo check --quiet)
        checks+=("$(awk -v end="$(now)" -v start="$start" 'BEGIN { printf "%.2f\n", end - start }')")
    done
    echo "runs of stripe-bench: check ${checks[*]}" >&2
    lines() { wc -l < "$dir/src/$1"; }
    printf '| %s | %d | %d | %d | %d | %d | %d | %.1f | (not built) |\n' "stripe-bench (corpus \`stripe-spec3-2023-09.yaml\`)" "$ops" \
        "$(lines models.rs)" "$(lines validation.rs)" "$(lines server.rs)" "$all" "$((all / ops))" \
        "$(printf '%s\n' "${checks[@]}" | median)"
fi
