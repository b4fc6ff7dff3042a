//! mistake: wrote the action string in Python's single quotes
//! offending: 'DROP'
//! category: python-habit
struct PacketLog {
    src: String,
    action: String,
}

fn main() {
    let packets = vec![
        PacketLog { src: "91.240.118.172".into(), action: "DROP".into() },
        PacketLog { src: "10.0.0.3".into(), action: "ACCEPT".into() },
    ];
    let dropped: Vec<&str> = packets
        .iter()
        .filter(|p| p.action == 'DROP')
        .map(|p| p.src.as_str())
        .collect();
    println!("{dropped:?}");
}
