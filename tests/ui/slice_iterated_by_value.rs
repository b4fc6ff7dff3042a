use comprehensions::comp;

fn main() {
    let rows = vec!["name,age", "ana,31", "bo,42"];
    // Python: [r.split(",")[0] for r in rows[1:]]
    let _names = comp![r.split(',').next() for r in rows[1..]];
}
