//! mistake: wrote the action string in Python's single quotes
//! offending: 'DROP'
//! category: python-habit
use comprehensions::comp;

struct PacketLog {
    src: String,
    action: String,
}

fn main() {
    let packets = vec![
        PacketLog { src: "91.240.118.172".into(), action: "DROP".into() },
        PacketLog { src: "10.0.0.3".into(), action: "ACCEPT".into() },
    ];
    let dropped = comp![p.src.as_str() for p in &packets if p.action == 'DROP'];
    println!("{dropped:?}");
}
