//! mistake: Python's `and` between two checks while filtering parsed CSV rows
//! offending: and
//! category: python-habit
fn main() {
    let text = "id,name,city\n1,ann,paris\n2,,rome\n3,bob";
    let rows: Vec<Vec<&str>> = text.lines().skip(1).map(|l| l.split(',').collect()).collect();
    let valid: Vec<_> = rows.iter().filter(|r| r.len() == 3 and !r[1].is_empty()).collect();
    println!("{valid:?}");
}
