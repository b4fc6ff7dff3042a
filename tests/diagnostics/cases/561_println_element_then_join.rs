//! mistake: report builder: `println!` as the element (Python's `print(...)` in a comprehension), then the list joined as if it held the lines
//! offending: join
//! category: type
use comprehensions::comp;

fn main() {
    let counts = vec![("ERROR", 3), ("WARN", 10)];
    // Python: report = "\n".join([print(f"{name}: {n}") for name, n in counts])
    let report = comp![println!("{name}: {n}") for (name, n) in &counts].join("\n");
    std::fs::write("report.txt", report).unwrap();
}
