//! mistake: left out the comma between the two items of the tuple element
//! offending: e.user e.tty
//! category: syntax
use comprehensions::comp;

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
    let failed_su = comp![(e.user e.tty) for e in &su_log if !e.ok];
    println!("{failed_su:?}");
}
