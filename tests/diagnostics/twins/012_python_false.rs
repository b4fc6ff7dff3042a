//! mistake: Python's `False` in a comparison (hand-written)
struct Task {
    title: &'static str,
    done: bool,
}

fn main() {
    let tasks = [Task { title: "write", done: true }, Task { title: "test", done: false }];
    let mut todo = Vec::new();
    for t in &tasks {
        if t.done == False {
            todo.push(t.title);
        }
    }
    println!("{todo:?}");
}
