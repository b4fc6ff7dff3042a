//! mistake: Python's deque.popleft() on a VecDeque (Rust: pop_front())
//! offending: popleft
//! category: python-habit
use comprehensions::comp;
use std::collections::VecDeque;

fn main() {
    let mut queue: VecDeque<u32> = (1..=10).collect();
    let batch = comp![queue.popleft() for _ in 0..3];
    println!("{batch:?} {}", queue.len());
}
