//! mistake: chained `&& u != "root"` after an `if let` clause, a let chain edition 2021 lacks
//! offending: && u != "root"
//! category: syntax
struct SshAccept {
    user: Option<String>,
    src: &'static str,
}

fn main() {
    let accepts = vec![
        SshAccept { user: Some("root".into()), src: "203.0.113.4" },
        SshAccept { user: Some("deploy".into()), src: "10.0.0.5" },
        SshAccept { user: None, src: "10.0.0.6" },
    ];
    let mut non_root = Vec::new();
    for a in &accepts {
        if let Some(u) = a.user.as_deref() && u != "root" {
            non_root.push((u, a.src));
        }
    }
    println!("{non_root:?}");
}
