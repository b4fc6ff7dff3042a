//! mistake: compared with Python's capitalised `False` instead of `false`
//! offending: False
//! category: python-habit

struct Host {
    name: String,
    up: bool,
}

fn main() {
    let hosts = vec![
        Host { name: "web-1".into(), up: true },
        Host { name: "web-2".into(), up: false },
    ];
    let down: Vec<String> = hosts.iter().filter(|h| h.up == False).map(|h| h.name.clone()).collect();
    println!("down: {down:?}");
}
