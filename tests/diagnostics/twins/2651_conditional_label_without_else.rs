//! mistake: wrote a conditional element without its `else` branch
//! offending: if s.free { s.label }
//! category: syntax
struct Slot {
    label: &'static str,
    free: bool,
}

fn main() {
    let slots = vec![Slot { label: "09:00", free: true }, Slot { label: "09:30", free: false }];
    let offer: Vec<&str> = slots.iter().map(|s| if s.free { s.label }).collect();
    println!("{offer:?}");
}
