//! mistake: pushing onto the Vec being iterated (Python would loop forever)
//! offending: queue.push
//! category: ownership
use comprehensions::comp;

fn main() {
    let mut queue = vec![1, 2, 3];
    let _ = comp![queue.push(n * 10) for n in &queue if n % 2 == 1];
    println!("{queue:?}");
}
