//! mistake: parsed quantities with `parse<u32>()`, generic arguments without the turbofish
//! offending: parse<u32>()
//! category: syntax
use comprehensions::comp;

fn main() {
    let header_and_rows = "sku,qty\nA-100,3\nB-200,x\nC-300,12\n";
    let qtys: Vec<u32> = comp![
        cols.1.trim().parse<u32>().unwrap_or(0)
        for line in header_and_rows.lines().skip(1)
        if let Some(cols) = line.split_once(',')
    ];
    println!("{qtys:?}");
}
