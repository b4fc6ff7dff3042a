//! mistake: matched `Some(w)` on `s.weapon` of a borrowed slot, moving the weapon out of the borrow
//! offending: s.weapon
//! category: ownership
struct Weapon {
    name: String,
    damage: u32,
}

struct Slot {
    weapon: Option<Weapon>,
}

fn main() {
    let slots = vec![
        Slot { weapon: Some(Weapon { name: "axe".into(), damage: 9 }) },
        Slot { weapon: None },
    ];
    let mut damages = Vec::new();
    for s in &slots {
        if let Some(w) = s.weapon {
            damages.push(w.damage);
        }
    }
    println!("{damages:?} ({} slots)", slots.len());
    if let Some(w) = &slots[0].weapon {
        println!("{}", w.name);
    }
}
