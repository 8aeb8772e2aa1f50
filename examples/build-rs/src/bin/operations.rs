//! Prints the operations the generated router serves, one per line:
//! method, path template, operation id and tags.

fn main() {
    for operation in zenml_build_rs::server::OPERATIONS {
        println!("{} {} {} [{}]", operation.method, operation.path, operation.id, operation.tags.join(", "));
    }
}
