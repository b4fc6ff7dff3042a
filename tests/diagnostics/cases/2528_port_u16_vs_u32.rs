//! mistake: compared the packet's `u16` port with a `u32` watched port
//! offending: telnet_port
//! category: type
use comprehensions::comp;

struct Packet {
    src: &'static str,
    dst_port: u16,
}

fn main() {
    let telnet_port: u32 = 23;
    let packets = vec![
        Packet { src: "45.9.148.3", dst_port: 23 },
        Packet { src: "10.0.0.9", dst_port: 443 },
    ];
    let telnet_scanners = comp![p.src for p in &packets if p.dst_port == telnet_port];
    println!("{telnet_scanners:?}");
}
