//! mistake: `math.prod(s.choices for s in slots)` as `.product::<u64>()` of a lazy form whose items are `u32`
//! offending: product::<u64>()
//! category: type
use comprehensions::comp;

struct Slot {
    name: &'static str,
    choices: u32,
}

fn main() {
    let slots = vec![
        Slot { name: "hat", choices: 4 },
        Slot { name: "shirt", choices: 12 },
        Slot { name: "boots", choices: 6 },
    ];
    for s in &slots {
        println!("{}: {}", s.name, s.choices);
    }
    let outfits = comp!((s.choices for s in &slots)).product::<u64>();
    println!("{outfits} possible outfits");
}
