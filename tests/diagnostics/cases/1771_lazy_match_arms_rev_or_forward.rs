//! mistake: `rows = reversed(lines) if desc else lines` as a `match` whose arms are a lazy form and the same lazy form `.rev()`
//! offending: Sort::Desc => comp!((format!("{:<6}{:>5}", s.0, s.1) for s in &table)).rev()
//! category: type
use comprehensions::comp;

enum Sort {
    Asc,
    Desc,
}

fn main() {
    let table = vec![("ann", 30u32), ("cy", 40), ("bob", 50)];
    let order = if std::env::args().count() > 1 { Sort::Desc } else { Sort::Asc };
    let rows = match order {
        Sort::Asc => comp!((format!("{:<6}{:>5}", s.0, s.1) for s in &table)),
        Sort::Desc => comp!((format!("{:<6}{:>5}", s.0, s.1) for s in &table)).rev(),
    };
    for r in rows {
        println!("{r}");
    }
}
