//! mistake: Python's `u.nickname or "anonymous"` as `.unwrap_or("anonymous")` on an `Option<String>`
//! offending: "anonymous"
//! category: type

struct User {
    id: u32,
    nickname: Option<String>,
}

fn main() {
    let users = vec![
        User { id: 1, nickname: Some("annie".to_string()) },
        User { id: 2, nickname: None },
    ];
    let labels: Vec<String> = users.iter().map(|u| u.nickname.clone().unwrap_or("anonymous")).collect();
    println!("{} {:?}", users[0].id, labels);
}
