//! mistake: pushing onto the Vec being iterated (Python would loop forever) (hand-written)
fn main() {
    let mut queue = vec![1, 2, 3];
    for n in &queue {
        if n % 2 == 1 {
            queue.push(n * 10);
        }
    }
    println!("{queue:?}");
}
