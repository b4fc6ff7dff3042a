//! mistake: parsed the tile ids of a level row with `parse<u16>()`, without the turbofish
//! offending: parse<u16>
//! category: syntax
fn main() {
    let row = "3,1,4,1,5,9";
    let tile_ids: Vec<u16> = row.split(',').map(|tok| tok.parse<u16>().unwrap()).collect();
    println!("{tile_ids:?}");
}
