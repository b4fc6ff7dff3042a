//! mistake: `rows = reversed(lines) if desc else lines` as a `match` whose arms are a lazy form and the same lazy form `.rev()`
//! offending: Sort::Desc => table.iter().map(|s| format!("{:<6}{:>5}", s.0, s.1)).rev()
//! category: type

enum Sort {
    Asc,
    Desc,
}

fn main() {
    let table = vec![("ann", 30u32), ("cy", 40), ("bob", 50)];
    let order = if std::env::args().count() > 1 { Sort::Desc } else { Sort::Asc };
    let rows = match order {
        Sort::Asc => table.iter().map(|s| format!("{:<6}{:>5}", s.0, s.1)),
        Sort::Desc => table.iter().map(|s| format!("{:<6}{:>5}", s.0, s.1)).rev(),
    };
    for r in rows {
        println!("{r}");
    }
}
