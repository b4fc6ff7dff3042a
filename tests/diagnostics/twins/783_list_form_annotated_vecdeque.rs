//! mistake: Python's deque([...]) habit: a list comprehension annotated as VecDeque
//! offending: out
use std::collections::VecDeque;

fn main() {
    let jobs = vec![3, 0, 5];
    let mut out = Vec::new();
    for j in &jobs {
        if *j > 0 {
            out.push(j * 10);
        }
    }
    let mut queue: VecDeque<i32> = out;
    queue.push_back(99);
    println!("{queue:?}");
}
