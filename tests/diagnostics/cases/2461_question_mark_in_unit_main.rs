//! mistake: used `?` on the fallible comprehension inside a `main` that returns `()`
//! offending: ?;
//! category: try
use comprehensions::comp;

fn main() {
    let csv_ids = "4401, 4402, 44O3";
    let ids = comp![cell.trim().parse::<u32>()? for cell in csv_ids.split(',')]?;
    println!("loaded {} student ids", ids.len());
}
