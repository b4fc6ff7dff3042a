//! mistake: moved `m.name` into the tuple and then used it again in the `format!` of the same element
//! offending: m.name
//! category: ownership

struct Member {
    name: String,
    email: String,
}

fn main() {
    let members = vec![
        Member { name: "Ana Lima".to_string(), email: "ana@example.com".to_string() },
        Member { name: "Bo Chen".to_string(), email: "bo@example.com".to_string() },
    ];
    let recipients: Vec<(String, String)> = members
        .into_iter()
        .map(|m| (m.name, format!("{} <{}>", m.name, m.email)))
        .collect();
    println!("{}", recipients.len());
}
