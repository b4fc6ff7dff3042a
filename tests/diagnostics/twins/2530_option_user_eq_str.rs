//! mistake: compared an `Option<String>` username directly with a string literal
//! offending: "root"
//! category: type
struct SudoEvent {
    target_user: Option<String>,
    command: &'static str,
}

fn main() {
    let sudo_log = vec![
        SudoEvent { target_user: Some("root".into()), command: "/bin/bash" },
        SudoEvent { target_user: None, command: "/usr/bin/apt update" },
    ];
    let mut root_shells = Vec::new();
    for s in &sudo_log {
        if s.target_user == "root" {
            root_shells.push(s.command);
        }
    }
    println!("{root_shells:?}");
}
