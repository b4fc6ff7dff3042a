//! mistake: wrote the table range with three dots `1...tables`
//! offending: ...
//! category: syntax
use comprehensions::comp;

fn main() {
    let tables: u8 = 12;
    let reserved = [3u8, 7];
    let free = comp![format!("T{t:02}") for t in 1...tables if !reserved.contains(&t)];
    println!("{free:?}");
}
