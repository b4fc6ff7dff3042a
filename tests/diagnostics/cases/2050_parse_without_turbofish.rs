//! mistake: parsed the tile ids of a level row with `parse<u16>()`, without the turbofish
//! offending: parse<u16>
//! category: syntax
use comprehensions::comp;

fn main() {
    let row = "3,1,4,1,5,9";
    let tile_ids = comp![tok.parse<u16>().unwrap() for tok in row.split(',')];
    println!("{tile_ids:?}");
}
