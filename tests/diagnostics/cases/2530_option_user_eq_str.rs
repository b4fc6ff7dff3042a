//! mistake: compared an `Option<String>` username directly with a string literal
//! offending: "root"
//! category: type
use comprehensions::comp;

struct SudoEvent {
    target_user: Option<String>,
    command: &'static str,
}

fn main() {
    let sudo_log = vec![
        SudoEvent { target_user: Some("root".into()), command: "/bin/bash" },
        SudoEvent { target_user: None, command: "/usr/bin/apt update" },
    ];
    let root_shells = comp![s.command for s in &sudo_log if s.target_user == "root"];
    println!("{root_shells:?}");
}
