use comprehensions::comp;

fn main() {
    let xs = vec![1, 2, 3];
    let _ = comp![x for x in &xs # skip the odd ones
        if *x % 2 == 0];
    // A comment whose words include Python's `and`, after a call: still
    // the comment, not its words read as operands.
    let hosts = "web01\n\n# old\ndb01";
    let _ = comp![
        h.trim()
        for h in hosts.lines()
        # skip blanks and comments
        if !h.trim().is_empty()
    ];
}
