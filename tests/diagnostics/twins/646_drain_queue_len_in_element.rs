//! mistake: drains a queue in the for clause and reads its length in the element, as a Python loop popping items could
//! category: ownership
fn main() {
    let mut queue = vec!["build", "test", "deploy"];
    let mut labels = Vec::new();
    for job in queue.drain(..) {
        labels.push(format!("{job} ({} left)", queue.len()));
    }
    println!("{labels:?}");
}
