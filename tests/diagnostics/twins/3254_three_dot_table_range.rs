//! mistake: wrote the table range with three dots `1...tables`
//! offending: ...
//! category: syntax
fn main() {
    let tables: u8 = 12;
    let reserved = [3u8, 7];
    let mut free = Vec::new();
    for t in 1...tables {
        if !reserved.contains(&t) {
            free.push(format!("T{t:02}"));
        }
    }
    println!("{free:?}");
}
