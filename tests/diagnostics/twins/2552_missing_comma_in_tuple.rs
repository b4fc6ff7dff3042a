//! mistake: left out the comma between the two items of the tuple element
//! offending: e.user e.tty
//! category: syntax
struct SuEvent {
    user: &'static str,
    tty: &'static str,
    ok: bool,
}

fn main() {
    let su_log = vec![
        SuEvent { user: "www-data", tty: "pts/3", ok: false },
        SuEvent { user: "alice", tty: "pts/0", ok: true },
    ];
    let failed_su: Vec<(&str, &str)> = su_log.iter().filter(|e| !e.ok).map(|e| (e.user e.tty)).collect();
    println!("{failed_su:?}");
}
