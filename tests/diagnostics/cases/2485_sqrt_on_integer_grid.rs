//! mistake: took `.sqrt()` of an integer grid distance
//! offending: sqrt
//! category: type
use comprehensions::comp;

struct Bin {
    label: &'static str,
    aisle: i32,
    bay: i32,
}

fn main() {
    let dock = (0, 0);
    let bins = vec![Bin { label: "A-03", aisle: 3, bay: 4 }, Bin { label: "F-12", aisle: 12, bay: 5 }];
    let walk = comp![(b.label, ((b.aisle - dock.0).pow(2) + (b.bay - dock.1).pow(2)).sqrt()) for b in &bins];
    println!("{walk:?}");
}
