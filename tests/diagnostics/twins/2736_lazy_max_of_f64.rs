//! mistake: took `.max()` of a lazy comprehension of `f64` temperatures, as Python's `max(..)`
//! offending: max()
//! category: type
struct Battery {
    cell: u8,
    temp_c: f64,
}

fn main() {
    let pack = vec![Battery { cell: 1, temp_c: 31.2 }, Battery { cell: 2, temp_c: 44.9 }, Battery { cell: 3, temp_c: 30.8 }];
    let hottest = pack.iter().filter(|b| b.cell != 0).map(|b| b.temp_c).max();
    println!("{hottest:?}");
}
