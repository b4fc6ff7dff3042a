//! mistake: used `?` in a script's `fn main` hoping it would skip the lines that do not parse
//! offending: ?
//! category: try

fn main() {
    // output of `pgrep -f gunicorn`, with a stray warning line
    let pgrep = "4121\n4122\npgrep: warning: truncated\n4130\n";
    let mut pids: Vec<u32> = Vec::new();
    for line in pgrep.lines() {
        pids.push(line.trim().parse::<u32>()?);
    }
    println!("sending SIGHUP to {pids:?}");
}
