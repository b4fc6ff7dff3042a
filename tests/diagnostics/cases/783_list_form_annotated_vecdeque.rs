//! mistake: Python's deque([...]) habit: a list comprehension annotated as VecDeque
//! offending: comp![j * 10 for j in &jobs if *j > 0]
//! category: type
use comprehensions::comp;
use std::collections::VecDeque;

fn main() {
    let jobs = vec![3, 0, 5];
    let mut queue: VecDeque<i32> = comp![j * 10 for j in &jobs if *j > 0];
    queue.push_back(99);
    println!("{queue:?}");
}
