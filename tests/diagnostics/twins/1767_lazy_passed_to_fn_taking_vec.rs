//! mistake: a generator passed to a function that takes a `Vec<String>` (Python's `print_report(f"..." for ...)`)
//! offending: items.iter().map(|(name, qty)| format!("{name:<8}{qty:>4}"))
//! category: type

fn print_report(lines: Vec<String>) {
    for l in lines {
        println!("{l}");
    }
}

fn main() {
    let items = vec![("apples", 12u32), ("pears", 0), ("plums", 7)];
    print_report(items.iter().map(|(name, qty)| format!("{name:<8}{qty:>4}")));
}
