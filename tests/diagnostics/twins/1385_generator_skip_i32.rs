//! mistake: `itertools.islice(it, n, None)` as `.skip(n)` with an `i32` count
//! offending: header_rows
//! category: type
fn main() {
    let lines = vec!["name,age", "ann,31", "bob,17"];
    let header_rows: i32 = 1;
    let fields = lines.iter().map(|l| l.split(',').count()).skip(header_rows);
    for f in fields {
        println!("{f}");
    }
}
