//! mistake: drains a queue in the for clause and reads its length in the element, as a Python loop popping items could
//! offending: queue.len()
//! category: ownership
use comprehensions::comp;

fn main() {
    let mut queue = vec!["build", "test", "deploy"];
    let labels = comp![format!("{job} ({} left)", queue.len()) for job in queue.drain(..)];
    println!("{labels:?}");
}
