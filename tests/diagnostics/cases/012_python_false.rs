//! mistake: Python's `False` in a comparison
//! offending: False
//! category: python-habit
use comprehensions::comp;

struct Task {
    title: &'static str,
    done: bool,
}

fn main() {
    let tasks = [Task { title: "write", done: true }, Task { title: "test", done: false }];
    let todo = comp![t.title for t in &tasks if t.done == False];
    println!("{todo:?}");
}
