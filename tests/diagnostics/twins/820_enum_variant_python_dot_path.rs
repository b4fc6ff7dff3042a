//! mistake: names an enum variant with Python's dot, `Priority.High`, instead of `Priority::High`
//! offending: Priority.High
//! category: python-habit
#[derive(Debug, PartialEq)]
enum Priority {
    Low,
    High,
}

struct Task {
    title: String,
    priority: Priority,
}

fn main() {
    let tasks = vec![
        Task { title: "deploy".into(), priority: Priority::High },
        Task { title: "tidy".into(), priority: Priority::Low },
    ];
    let mut urgent = Vec::new();
    for t in &tasks {
        if t.priority == Priority.High {
            urgent.push(t.title.clone());
        }
    }
    println!("{:?}", urgent);
}
