//! mistake: summed `&u32` shift hours with `sum::<u64>()`
//! offending: sum::<u64>()
//! category: type
use comprehensions::comp;

struct Staff {
    name: &'static str,
    shift_hours: Vec<u32>,
}

fn main() {
    let staff = vec![
        Staff { name: "Chen", shift_hours: vec![8, 8, 12] },
        Staff { name: "Diaz", shift_hours: vec![6, 6] },
    ];
    let weekly = comp![(s.name, (h for h in &s.shift_hours).sum::<u64>()) for s in &staff];
    println!("{weekly:?}");
}
