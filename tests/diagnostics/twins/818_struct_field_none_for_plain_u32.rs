//! mistake: gives `None` to a struct field that is a plain `u32`, not an `Option<u32>`
//! offending: None
//! category: type
#[derive(Debug)]
struct Task {
    title: String,
    due_day: u32,
}

fn main() {
    let titles = vec!["write report", "email bob"];
    let tasks: Vec<Task> = titles
        .iter()
        .map(|t| Task { title: t.to_string(), due_day: None })
        .collect();
    println!("{:?}", tasks);
}
