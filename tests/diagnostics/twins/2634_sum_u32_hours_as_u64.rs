//! mistake: summed `&u32` shift hours with `sum::<u64>()`
//! offending: sum::<u64>()
//! category: type
struct Staff {
    name: &'static str,
    shift_hours: Vec<u32>,
}

fn main() {
    let staff = vec![
        Staff { name: "Chen", shift_hours: vec![8, 8, 12] },
        Staff { name: "Diaz", shift_hours: vec![6, 6] },
    ];
    let weekly: Vec<(&str, u64)> = staff.iter().map(|s| (s.name, s.shift_hours.iter().sum::<u64>())).collect();
    println!("{weekly:?}");
}
