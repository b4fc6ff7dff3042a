//! mistake: summed `u32` trade sizes straight into a `u64` daily volume
//! offending: sum()
//! category: type
use comprehensions::comp;

struct Trade {
    venue: &'static str,
    size: u32,
}

fn main() {
    let trades = vec![
        Trade { venue: "XNAS", size: 4_000_000 },
        Trade { venue: "ARCX", size: 3_500_000 },
        Trade { venue: "XNAS", size: 2_900_000 },
    ];
    let volume: u64 = comp!((t.size for t in &trades if t.venue == "XNAS")).sum();
    println!("{volume}");
}
