//! mistake: Python's deque.popleft() on a VecDeque (Rust: pop_front())
use std::collections::VecDeque;

fn main() {
    let mut queue: VecDeque<u32> = (1..=10).collect();
    let mut batch = Vec::new();
    for _ in 0..3 {
        batch.push(queue.popleft());
    }
    println!("{batch:?} {}", queue.len());
}
