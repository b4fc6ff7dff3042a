//! mistake: Python's `[print(x) for x in xs]` side-effect comprehension (hand-written)
fn main() {
    let errors = vec!["disk full", "timeout"];
    for e in &errors {
        print(e);
    }
}
