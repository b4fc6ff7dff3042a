//! mistake: wrote `=` instead of `==` in the protocol filter
//! offending: e.proto = "icmp"
//! category: syntax
struct NetEvent {
    proto: &'static str,
    src: &'static str,
    size: u32,
}

fn main() {
    let events = vec![
        NetEvent { proto: "icmp", src: "198.51.100.9", size: 65_000 },
        NetEvent { proto: "tcp", src: "10.0.0.4", size: 60 },
    ];
    let mut ping_of_death = Vec::new();
    for e in &events {
        if e.proto = "icmp" {
            if e.size > 1500 {
                ping_of_death.push(e.src);
            }
        }
    }
    println!("{ping_of_death:?}");
}
