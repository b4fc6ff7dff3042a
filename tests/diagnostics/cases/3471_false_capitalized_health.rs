//! mistake: compared with Python's capitalised `False` instead of `false`
//! offending: False
//! category: python-habit
use comprehensions::comp;

struct Host {
    name: String,
    up: bool,
}

fn main() {
    let hosts = vec![
        Host { name: "web-1".into(), up: true },
        Host { name: "web-2".into(), up: false },
    ];
    let down: Vec<String> = comp![h.name.clone() for h in &hosts if h.up == False];
    println!("down: {down:?}");
}
