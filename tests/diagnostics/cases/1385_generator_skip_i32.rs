//! mistake: `itertools.islice(gen, n, None)` as `.skip(n)` with an `i32` count
//! offending: header_rows
//! category: type
use comprehensions::comp;

fn main() {
    let lines = vec!["name,age", "ann,31", "bob,17"];
    let header_rows: i32 = 1;
    let fields = comp!((l.split(',').count() for l in &lines)).skip(header_rows);
    for f in fields {
        println!("{f}");
    }
}
