//! mistake: compared each `&u8` of `&heightmap` with the `u8` sea level without dereferencing
//! offending: h > SEA_LEVEL
//! category: type
use comprehensions::comp;

const SEA_LEVEL: u8 = 40;

fn main() {
    let heightmap: Vec<u8> = vec![12, 55, 40, 90, 31];
    let land = comp![h for h in &heightmap if h > SEA_LEVEL];
    println!("{} land tiles", land.len());
}
